@NullMarked
package id.rantai.training.web;

import org.jspecify.annotations.NullMarked;
