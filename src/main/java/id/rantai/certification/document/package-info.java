@NullMarked
package id.rantai.certification.document;

import org.jspecify.annotations.NullMarked;
