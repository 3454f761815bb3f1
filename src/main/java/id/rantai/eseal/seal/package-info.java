@NullMarked
package id.rantai.eseal.seal;

import org.jspecify.annotations.NullMarked;
