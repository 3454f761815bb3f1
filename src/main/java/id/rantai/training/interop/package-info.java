@NullMarked
package id.rantai.training.interop;

import org.jspecify.annotations.NullMarked;
