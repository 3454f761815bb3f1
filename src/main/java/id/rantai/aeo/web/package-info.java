@NullMarked
package id.rantai.aeo.web;

import org.jspecify.annotations.NullMarked;
