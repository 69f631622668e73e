/**
 * The most patients a lesson's simulated or resampled study has. The lessons are about small
 * studies; a larger loaded cohort is imitated by studies of this size, so every lesson still
 * answers at once. Example: `Math.min(cohort.patients.length, MAX_STUDY_SIZE)`.
 */
export const MAX_STUDY_SIZE = 500;
