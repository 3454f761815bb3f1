@NullMarked
package id.rantai.eseal.trip;

import org.jspecify.annotations.NullMarked;
