@NullMarked
package id.rantai.eseal.inspection;

import org.jspecify.annotations.NullMarked;
