// The security texts of the window in English: the reference every other language matches key for key.

export const security = {
};
