@NullMarked
package id.rantai.aeo.framework;

import org.jspecify.annotations.NullMarked;
