import { writeFileSync } from 'node:fs';
import sharp from 'sharp';

/**
 * Pictures made for the tests, never downloaded: a landscape drawn from shapes (sky, hills, water,
 * a sun), different for each `seed`, as a JPEG of the given size. The fixture newsroom's pictures
 * were drawn with it (`node tests/support/draw-images.ts`); tests draw more as they need them.
 */
export async function drawPicture(
  file: string,
  { width, height, seed = 1 }: { width: number; height: number; seed?: number },
) {
  const hue = (seed * 67) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 160 90" preserveAspectRatio="xMidYMid slice">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 60% 45%)"/><stop offset="1" stop-color="hsl(${(hue + 30) % 360} 70% 80%)"/>
    </linearGradient></defs>
    <rect width="160" height="90" fill="url(#sky)"/>
    <circle cx="${40 + (seed % 5) * 18}" cy="28" r="11" fill="hsl(45 95% 70%)"/>
    <path d="M0 62 Q40 ${40 + (seed % 9)} 80 58 T160 54 V90 H0Z" fill="hsl(${(hue + 120) % 360} 35% 32%)"/>
    <path d="M0 72 H160 V90 H0Z" fill="hsl(${(hue + 190) % 360} 55% 35%)"/>
    <path d="M${20 + seed * 7} 70 l8 -14 l8 14z" fill="hsl(0 0% 95%)"/>
  </svg>`;
  writeFileSync(file, await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, width, height, seed] = process.argv.slice(2);
  await drawPicture(file!, { width: Number(width), height: Number(height), seed: Number(seed ?? 1) });
}
