@NullMarked
package id.rantai.certification.complaint;

import org.jspecify.annotations.NullMarked;
