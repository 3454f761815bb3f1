@NullMarked
package id.rantai.certification.certificate;

import org.jspecify.annotations.NullMarked;
