@NullMarked
package id.rantai.certification.credential;

import org.jspecify.annotations.NullMarked;
