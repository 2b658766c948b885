package se.steget.enrollment;

import se.steget.core.GenderCounts;

/**
 * One stage of a project's flow (an intake step, a track, the exit) with the people who
 * reached it, by gender.
 *
 * @param kind what the stage is: {@code INTAKE}, {@code TRACK} or {@code EXIT}
 * @param name the step's or track's name; null for the exit
 * @param reached everyone who reached the stage
 * @param now those in the stage now (tracks only; empty otherwise)
 */
public record FlowStage(String kind, String name, GenderCounts reached, GenderCounts now) {

}
