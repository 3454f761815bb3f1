@NullMarked
package id.rantai.eseal.norm;

import org.jspecify.annotations.NullMarked;
