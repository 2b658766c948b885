/**
 * Demo data: the five seed projects with made-up staff, participants and enrollments,
 * loaded on first start with an empty database.
 */
package se.steget.demo;
