@NullMarked
package id.rantai.aeo.report;

import org.jspecify.annotations.NullMarked;
