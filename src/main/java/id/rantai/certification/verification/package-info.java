@NullMarked
package id.rantai.certification.verification;

import org.jspecify.annotations.NullMarked;
