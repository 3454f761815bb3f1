@NullMarked
package id.rantai.training.catalogue;

import org.jspecify.annotations.NullMarked;
