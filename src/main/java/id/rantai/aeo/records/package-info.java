@NullMarked
package id.rantai.aeo.records;

import org.jspecify.annotations.NullMarked;
