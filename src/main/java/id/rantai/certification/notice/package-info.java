@NullMarked
package id.rantai.certification.notice;

import org.jspecify.annotations.NullMarked;
