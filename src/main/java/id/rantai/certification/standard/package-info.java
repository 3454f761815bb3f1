@NullMarked
package id.rantai.certification.standard;

import org.jspecify.annotations.NullMarked;
