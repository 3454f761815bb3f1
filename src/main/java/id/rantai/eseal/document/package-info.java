@NullMarked
package id.rantai.eseal.document;

import org.jspecify.annotations.NullMarked;
