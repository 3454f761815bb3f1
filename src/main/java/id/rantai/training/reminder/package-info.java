@NullMarked
package id.rantai.training.reminder;

import org.jspecify.annotations.NullMarked;
