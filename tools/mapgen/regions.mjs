// Historical regions of the atlas, built from facts on top of Natural Earth country outlines.
//
// Each region is (a) the land of one or more modern countries (Natural Earth 10m, via world-atlas@2.0.2), (b) cut
// by a "cutter" polygon in lon/lat degrees, taken in priority order: a piece of land goes to the FIRST region whose
// cutter contains it, so regions never overlap and every piece of land of the listed countries goes somewhere.
// Small islands are assigned whole, by the point inside their ring (they are never cut). The last region of each
// country has no cutter: it takes what is left.
//
// Boundaries and their sources:
// - 50° N on Sakhalin: Treaty of Portsmouth (1905), art. IX: the boundary of the ceded part is the 50th parallel.
// - 38° N in Korea: US General Order No. 1 (1945) divided the Soviet and US zones at the 38th parallel.
// - Kwantung Leased Territory: the Liaodong tip south of ~39.45° N (Russo-Chinese lease convention 1898, passed to
//   Japan by the Treaty of Portsmouth art. V; ~3,460 km²), Natural Earth coastline.
// - Jehol: the province of the Republic of China (1928–1955) as on 1930s maps: from the Great Wall at Shanhaiguan
//   (119.77 E 40.00 N) via Gubeikou (117.15 E 40.69 N), west edge along the Chahar line (~116 E), north to the
//   Xilin Gol / Juu Uda boundary (~45.5 N), east along the Liaoning boundary (NE admin-1 lines, approximate).
// - Manchuria: the north-eastern provinces (Fengtian/Liaoning, Jilin, Heilongjiang) with Hulunbuir and the Xing'an
//   leagues (as Manchukuo held them), bounded west by the Mongolian border and south-west by Jehol.
// - Chahar and Suiyuan (Mengjiang 1937–45): Inner Mongolia west of Jehol and north of the Great Wall.
// - Russian Far East: Primorye south of ~46.9 N (Primorsky krai's northern boundary, Bikin river); the lower Amur,
//   the Amur oblast and the middle Amur between 119.7 E and the coast, south of ~55.5 N (below); Transbaikal (Chita,
//   Buryatia) west of 119.7 E; Kamchatka east of 155.5 E (north of the Kurils); the Okhotsk coast and Yakutia take
//   the rest. Modern oblast lines, approximate (Natural Earth admin-1 lines); the river border with China comes
//   from the country outlines.
// - Lower Amur ("lower-amur": Nikolayevsk, De-Kastri, the mainland opposite Sakhalin): the mainland part of the old
//   Sakhalin oblast that Japan occupied from June 1920 to September 1922 ("the mainland portion of Sakhalin
//   Province, which embraces Nikolaievsk and the mouth of the Amur", FRUS 1922 vol. II, doc. 744), which became the
//   Nikolayevsk okrug of the Far Eastern Krai (1926–1930). Approximation: the modern Nikolayevsky, Ulchsky and
//   Imeni Poliny Osipenko districts of Khabarovsk krai, which cover the same ground: the Amur's course below
//   ~51 N (downstream of Komsomolsk and the Gorin mouth, so the lower Amur with Mariinskoye, Bogorodskoye and the
//   Amgun valley), the Tatar Strait coast from ~50.9 N (south of De-Kastri) and the Amur liman, north to ~54 N
//   on the Sea of Okhotsk; a polygon of a few vertices, so its land boundary is straight where the districts'
//   boundaries follow watersheds.
// - Amur oblast ("amur-oblast": Blagoveshchensk, the upper and middle Zeya): the modern Amur oblast (the imperial
//   oblast of 1858 less later transfers), approximated by a polygon: the Amur from 119.7 E down to the Jewish AO
//   boundary at ~130.9 E, north-east along the Bureya range to ~134.9 E at 54.6 N, north to 55.5 N.
// - Middle Amur ("amur": Khabarovsk, the Jewish AO, Komsomolsk, the Uda and Tugur coast): what is left between
//   119.7 E and the coast, south of 55.5 N.
// - Kuril Islands: Shumshu to Urup ("kurils"), Etorofu, Kunashiri, Shikotan and the Habomai islets each alone,
//   assigned by their position (Treaty of Shimoda 1855: border between Etorofu and Urup).

/** [id, countries, cutter (lon/lat ring) or null for the remainder] in priority order. */
export const REGIONS = [
  // Islands assigned by position, whatever country Natural Earth puts them in.
  ['habomai', ['*'], [[145.55, 43.15], [146.45, 43.15], [146.45, 43.62], [145.85, 43.62], [145.62, 43.42]]],
  ['shikotan', ['*'], [[146.45, 43.6], [147.0, 43.6], [147.0, 43.95], [146.45, 43.95]]],
  ['kunashiri', ['*'], [[145.3, 43.62], [145.85, 43.62], [146.45, 43.62], [146.45, 43.95], [146.8, 44.2], [146.35, 44.65], [145.3, 44.65]]],
  ['etorofu', ['*'], [[146.8, 44.2], [148.2, 44.7], [149.0, 45.2], [149.0, 45.75], [147.6, 45.75], [146.35, 44.65]]],
  ['kurils', ['*'], [[149.0, 45.2], [158.5, 49.8], [157.0, 50.62], [156.15, 50.98], [150.0, 47.5], [147.6, 45.75], [149.0, 45.75]]],
  // West edge at 141.6 E: east of the mainland coast at the Nevelskoy Strait (141.54 E at 52.2 N), west of
  // Sakhalin's (141.65 E), so the cut takes no mainland.
  ['north-sakhalin', ['Russia'], [[141.6, 50.0], [145.5, 50.0], [145.5, 54.6], [141.6, 54.6]]],
  ['south-sakhalin', ['Russia'], [[140.9, 45.7], [145.5, 45.7], [145.5, 50.0], [141.6, 50.0], [141.3, 49.0], [141.3, 46.5], [140.9, 46.5]]],
  ['hokkaido', ['Japan'], [[138.5, 41.36], [146.0, 41.36], [146.0, 46.0], [138.5, 46.0]]],
  ['japan-main', ['Japan'], null],
  ['kamchatka', ['Russia'], [[155.5, 50.8], [168.0, 50.8], [168.0, 63.0], [159.0, 63.0], [159.0, 60.0], [155.5, 58.0]]],
  ['primorye', ['Russia'], [[129.0, 41.0], [141.0, 41.0], [141.0, 46.9], [129.0, 46.9]]],
  // Lower Amur: SW corner on the Amur below Komsomolsk (~51 N), the coast south of De-Kastri, the liman, the
  // Okhotsk coast to ~54 N, then back along the Amgun basin's west side (~136.3 E).
  ['lower-amur', ['Russia'], [[136.3, 50.9], [141.6, 50.9], [141.6, 54.3], [138.6, 54.3], [136.3, 53.2]]],
  ['amur-oblast', ['Russia'], [
    [119.7, 47.5], [130.9, 47.5], [130.9, 49.6], [131.4, 50.6], [132.2, 51.5], [134.0, 53.3], [134.9, 54.6],
    [134.9, 55.5], [119.7, 55.5],
  ]],
  ['amur', ['Russia'], [[119.7, 46.9], [141.6, 46.9], [141.6, 55.5], [119.7, 55.5]]],
  ['transbaikal', ['Russia'], [[95.0, 48.0], [119.7, 48.0], [119.7, 57.0], [95.0, 57.0]]],
  ['okhotsk', ['Russia'], null],
  ['kwantung', ['China'], [[120.8, 38.5], [122.6, 38.5], [122.6, 39.45], [120.8, 39.45]]],
  ['jehol', ['China'], [
    [117.15, 40.69], [118.3, 40.3], [119.77, 40.0], [120.6, 40.8], [121.7, 41.6], [122.0, 42.6], [121.3, 43.8],
    [120.4, 44.9], [118.8, 45.5], [117.6, 44.6], [116.9, 43.5], [116.1, 42.6], [116.3, 41.6],
  ]],
  ['manchuria', ['China'], [
    [119.77, 40.0], [121.0, 38.0], [136.0, 38.0], [136.0, 54.5], [114.0, 54.5], [115.0, 49.5], [118.0, 47.5],
    [119.6, 46.7], [120.4, 44.9], [121.3, 43.8], [122.0, 42.6], [121.7, 41.6], [120.6, 40.8],
  ]],
  ['inner-mongolia', ['China'], [
    [100.0, 39.0], [105.0, 39.0], [110.5, 39.3], [113.5, 40.2], [115.5, 40.5], [117.15, 40.69], [116.3, 41.6],
    [116.1, 42.6], [116.9, 43.5], [117.6, 44.6], [118.8, 45.5], [120.4, 44.9], [119.6, 46.7], [118.0, 47.5],
    [115.0, 49.5], [100.0, 49.5],
  ]],
  ['china-proper', ['China'], null],
  ['korea-north', ['North Korea', 'South Korea'], [[123.0, 38.0], [132.0, 38.0], [132.0, 43.5], [123.0, 43.5]]],
  ['korea-south', ['North Korea', 'South Korea'], null],
  ['mongolia', ['Mongolia'], null],
];

/** Named points used by the checks (lon, lat, expected region). Coordinates: Natural Earth / GeoNames. */
export const ISLAND_CHECKS = [
  ['Shumshu', 156.35, 50.75, 'kurils'],
  ['Paramushir', 155.6, 50.4, 'kurils'],
  ['Urup', 150.0, 45.9, 'kurils'],
  ['Etorofu', 148.0, 45.0, 'etorofu'],
  ['Kunashiri (Furukamappu)', 145.86, 44.03, 'kunashiri'],
  ['Shikotan', 146.75, 43.8, 'shikotan'],
  ['Shibotsu (Habomai)', 146.16, 43.5, 'habomai'],
  ['Moneron', 141.23, 46.25, 'south-sakhalin'],
  ['Rishiri', 141.24, 45.18, 'hokkaido'],
  ['Rebun', 141.04, 45.39, 'hokkaido'],
  ['Okha', 142.95, 53.57, 'north-sakhalin'],
  ['Toyohara', 142.73, 46.96, 'south-sakhalin'],
  ['Vladivostok', 131.9, 43.13, 'primorye'],
  ['Lake Khasan', 130.608, 42.449, 'primorye'],
  ['Khabarovsk', 135.07, 48.48, 'amur'],
  ['Komsomolsk-on-Amur', 137.01, 50.55, 'amur'],
  ['Birobidzhan', 132.92, 48.79, 'amur'],
  ['Blagoveshchensk', 127.53, 50.27, 'amur-oblast'],
  ['Svobodny', 128.14, 51.37, 'amur-oblast'],
  ['Nikolayevsk', 140.73, 53.14, 'lower-amur'],
  ['De-Kastri', 140.78, 51.47, 'lower-amur'],
  ['Chita', 113.5, 52.03, 'transbaikal'],
  ['Petropavlovsk', 158.65, 53.02, 'kamchatka'],
  ['Port Arthur', 121.267, 38.85, 'kwantung'],
  ['Dairen', 121.6, 38.92, 'kwantung'],
  ['Mukden', 123.43, 41.8, 'manchuria'],
  ['Harbin', 126.65, 45.75, 'manchuria'],
  ['Hailar', 119.7, 49.2, 'manchuria'],
  ['Chengde', 117.93, 40.97, 'jehol'],
  ['Kalgan', 114.88, 40.82, 'inner-mongolia'],
  ['Peking', 116.4, 39.9, 'china-proper'],
  ['Pyongyang', 125.75, 39.02, 'korea-north'],
  ['Seoul', 126.98, 37.57, 'korea-south'],
  ['Choibalsan', 114.53, 48.07, 'mongolia'],
  ['Tokyo', 139.69, 35.69, 'japan-main'],
  ['Sapporo', 141.35, 43.06, 'hokkaido'],
  ['Ayan', 138.15, 56.45, 'okhotsk'],
];
