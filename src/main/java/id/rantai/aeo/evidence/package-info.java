@NullMarked
package id.rantai.aeo.evidence;

import org.jspecify.annotations.NullMarked;
