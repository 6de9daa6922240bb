// Node 18 (Debian's nodejs) has WebCrypto only as node:crypto's webcrypto; browsers and
// Node ≥ 19 have it as globalThis.crypto, which the extension uses.
import { webcrypto } from "node:crypto";

if (!globalThis.crypto?.subtle) globalThis.crypto = webcrypto;
