@NullMarked
package id.rantai.eseal.disruption;

import org.jspecify.annotations.NullMarked;
