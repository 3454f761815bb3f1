@NullMarked
package id.rantai.eseal.route;

import org.jspecify.annotations.NullMarked;
