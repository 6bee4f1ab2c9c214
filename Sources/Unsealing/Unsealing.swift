// Unsealing: everything that can open a sealed response or hold the analysis secret key (issue 13).
// Opener, SecretKey, KeyPair (keygen), SecretKeyFile (Argon2id + secretbox at rest), ResponseKeyer.
// Only chorus-analyst (and its tests) may depend on this module; the server links Sealing alone,
// and Tests/EndToEndTests/ServerSymbolTests checks the built chorus-server for its symbols.
