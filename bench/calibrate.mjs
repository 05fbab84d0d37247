// A fixed amount of CPU-bound work: its wall time across the benchmark's rounds shows how much the
// host's own speed drifted (shared machines vary by several per cent within minutes).
let x = 0;
for (let i = 0; i < 8e8; i++) x = (x + (i & 7)) | 0;
if (x === 42) console.log(x); // keep the loop from being optimised away
