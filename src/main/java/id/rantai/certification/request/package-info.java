@NullMarked
package id.rantai.certification.request;

import org.jspecify.annotations.NullMarked;
