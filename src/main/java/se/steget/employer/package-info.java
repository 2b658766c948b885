/**
 * The employer side: the employer register (employers shared by every project, their
 * workplaces and contact persons), the log of contacts with employers (sales calls,
 * visits, follow-ups of placements and internships, job acquisition for a named
 * participant), and vacancies and places, advertised or hidden, with their requirements.
 */
package se.steget.employer;
