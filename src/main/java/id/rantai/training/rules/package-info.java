@NullMarked
package id.rantai.training.rules;

import org.jspecify.annotations.NullMarked;
