@NullMarked
package id.rantai.eseal.web;

import org.jspecify.annotations.NullMarked;
