import bcrypt from "bcryptjs";

/** bcrypt cost 12: about a quarter of a second per check, which slows guessing without hurting sign-in. */
const COST = 12;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

/** A hash to compare against when the account does not exist, so timing does not reveal which emails exist. */
export const DUMMY_HASH = "$2b$12$CwTycUXWue0Thq9StjUM0uJ8.8Q1rQ9oOQ9Zr5pY3d1x9H2pYt9kG";
