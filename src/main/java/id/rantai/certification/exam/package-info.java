@NullMarked
package id.rantai.certification.exam;

import org.jspecify.annotations.NullMarked;
