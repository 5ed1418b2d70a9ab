/**
 * The LMS build is made with this placeholder as its base; packaging replaces it in every file with
 * the relative path from that file to the course's root, so the package runs under any path.
 */
export const LMS_BASE = '/__on-record-lms-base__/';
