@NullMarked
package id.rantai.training.compliance;

import org.jspecify.annotations.NullMarked;
