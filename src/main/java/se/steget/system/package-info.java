/**
 * Web configuration, the page layout, languages, error handling and the start page.
 */
package se.steget.system;
