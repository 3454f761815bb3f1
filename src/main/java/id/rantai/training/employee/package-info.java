@NullMarked
package id.rantai.training.employee;

import org.jspecify.annotations.NullMarked;
