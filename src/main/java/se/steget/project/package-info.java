/**
 * Projects: metadata from the ESF project descriptions, municipalities, co-financers,
 * partners, the participant quota by gender, and the staff who belong to each project.
 */
package se.steget.project;
