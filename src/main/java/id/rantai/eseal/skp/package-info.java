@NullMarked
package id.rantai.eseal.skp;

import org.jspecify.annotations.NullMarked;
