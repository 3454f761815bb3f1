@NullMarked
package id.rantai;

import org.jspecify.annotations.NullMarked;
