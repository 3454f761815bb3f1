@NullMarked
package id.rantai.aeo.assessment;

import org.jspecify.annotations.NullMarked;
