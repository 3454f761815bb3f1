@NullMarked
package id.rantai.training.delivery;

import org.jspecify.annotations.NullMarked;
