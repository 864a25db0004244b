/**
 * Words and pairs that must never appear in a code name (spec section 4).
 *
 * BLOCKED_WORDS is the written record of what the curated lists leave out and why: no list may
 * contain any of these words (test/unit/wordLists.test.ts checks), so a future edit that adds one
 * fails the build. Many entries are pleasant words with a second meaning; that second meaning is
 * the reason they are here. BLOCKED_PAIRS are adjective-noun pairs made of listed words that read
 * badly together; the generator never produces them.
 */

/** Profanity, insults, and ordinary words that are also slurs or insults. */
const OFFENSIVE: readonly string[] = [
  'ape', 'arse', 'ass', 'baboon', 'barbarian', 'barmy', 'bastard', 'batty', 'bimbo', 'bitch', 'blind',
  'bloody', 'bonkers', 'brave', 'brute', 'bugger', 'butch', 'canary', 'chimp', 'chink', 'clown', 'coconut',
  'coolie', 'coon', 'cow', 'cracker', 'crap', 'crazy', 'creep', 'creepy', 'cretin', 'crip', 'cripple',
  'crock', 'cuckoo', 'cur', 'dago', 'damn', 'darkie', 'darky', 'deaf', 'dike', 'dimwit', 'dirt', 'dirty',
  'dog', 'dope', 'dork', 'dumb', 'dunce', 'dwarf', 'dyke', 'fag', 'faggot', 'fairy', 'fedora', 'filth',
  'filthy', 'floozy', 'fool', 'freak', 'frog', 'fuck', 'garbage', 'geek', 'gimp', 'golliwog', 'gook', 'goon',
  'gorilla', 'grass', 'gringo', 'gyp', 'gypsy', 'hillbilly', 'hog', 'homo', 'hussy', 'hyena', 'idiot',
  'imbecile', 'insane', 'jackal', 'jap', 'jungle', 'kike', 'knob', 'kraut', 'lame', 'leech', 'limey', 'loon',
  'loony', 'loser', 'louse', 'lunatic', 'mad', 'maniac', 'mental', 'mick', 'midget', 'mongrel', 'monkey',
  'moron', 'mute', 'nark', 'nerd', 'nippy', 'nitwit', 'nuts', 'nutter', 'orangutan', 'paddy', 'pansy',
  'peasant', 'pervert', 'pig', 'piss', 'pom', 'poof', 'prick', 'primitive', 'psycho', 'queer', 'rat',
  'redneck', 'redskin', 'retard', 'rubbish', 'sambo', 'savage', 'scum', 'shark', 'shine', 'shit', 'sissy',
  'skank', 'slag', 'sleaze', 'sleazy', 'slug', 'slut', 'snake', 'snitch', 'sow', 'spade', 'spastic', 'spaz',
  'spic', 'spook', 'squaw', 'squealer', 'stooge', 'swine', 'tart', 'thug', 'toad', 'tosser', 'tranny',
  'trash', 'tribal', 'tribe', 'twat', 'twink', 'twit', 'vermin', 'vulture', 'wanker', 'weasel', 'weirdo',
  'whore', 'wog', 'wop', 'worm', 'yid', 'yokel',
];

/** Sexual words, including ordinary words with a common sexual second meaning. */
const SEXUAL: readonly string[] = [
  'affair', 'aubergine', 'babe', 'baby', 'ball', 'balls', 'banana', 'bang', 'bare', 'beaver', 'bed',
  'bedroom', 'beef', 'behind', 'blow', 'bondage', 'bone', 'boner', 'bonk', 'boob', 'booby', 'booty', 'bottom',
  'box', 'bra', 'breast', 'brothel', 'bum', 'bun', 'bunny', 'buns', 'bush', 'bust', 'busty', 'butt', 'buxom',
  'camel', 'candy', 'caress', 'cheeks', 'cherry', 'clam', 'cleavage', 'climax', 'cock', 'condom', 'cooch',
  'cookie', 'corset', 'cougar', 'crackling', 'cream', 'creamy', 'crotch', 'crumpet', 'cucumber', 'cuddle',
  'cupcake', 'curvy', 'cutie', 'darling', 'dick', 'dildo', 'doll', 'dolly', 'eggplant', 'erect', 'erotic',
  'escort', 'fetish', 'fling', 'flirt', 'flirty', 'fondle', 'fox', 'foxy', 'frisky', 'furry', 'garter',
  'gash', 'gerbil', 'goose', 'groin', 'grope', 'gush', 'hard', 'harlot', 'hoe', 'hole', 'honey', 'hooker',
  'horn', 'horny', 'hot', 'hotdog', 'hottie', 'hug', 'hump', 'johnson', 'jugs', 'juicy', 'junk', 'kink',
  'kinky', 'kiss', 'kitten', 'knickers', 'knob', 'knocker', 'latex', 'lick', 'lingerie', 'loins', 'lollipop',
  'lover', 'lust', 'lusty', 'madam', 'massage', 'master', 'mattress', 'meat', 'meatball', 'melon', 'melons',
  'member', 'mistress', 'moist', 'motel', 'mount', 'muff', 'muffin', 'naked', 'naughty', 'nipple', 'nude',
  'nut', 'organ', 'orgasm', 'oyster', 'package', 'panties', 'parlour', 'peach', 'pecker', 'pimp', 'pinch',
  'playboy', 'plug', 'pole', 'popsicle', 'pork', 'porn', 'pussy', 'rack', 'raincoat', 'randy', 'raunchy',
  'rear', 'rim', 'rod', 'rooster', 'rub', 'rubber', 'saucy', 'sausage', 'screw', 'seduce', 'sex', 'sexy',
  'shaft', 'shag', 'shower', 'slit', 'snatch', 'spank', 'spicy', 'squeeze', 'squirt', 'stallion', 'steamy',
  'stiff', 'stocking', 'strip', 'stripper', 'stroke', 'stud', 'suck', 'sugar', 'sultry', 'swallow', 'sweet',
  'sweetie', 'taco', 'tease', 'tender', 'testicle', 'thong', 'tit', 'titmouse', 'tongue', 'tool', 'touch',
  'vixen', 'wet', 'wick', 'wiener', 'willy', 'woodpecker',
];

/** Weapons, crime, death, war, punishment. */
const VIOLENT: readonly string[] = [
  'abduct', 'abuse', 'acid', 'ammo', 'armour', 'army', 'arrow', 'arson', 'ashes', 'assault', 'attack', 'axe',
  'bandit', 'barracks', 'bat', 'baton', 'battle', 'bayonet', 'beat', 'beaten', 'belt', 'blade', 'blood',
  'bomb', 'bullet', 'bullseye', 'bully', 'bunker', 'burglar', 'burn', 'butcher', 'cage', 'cane', 'cannon',
  'cartridge', 'casket', 'catapult', 'cell', 'chain', 'chopping', 'claret', 'cleaver', 'club', 'coffin',
  'collar', 'combat', 'corpse', 'crash', 'crook', 'crossbow', 'crucify', 'crypt', 'cudgel', 'cuff', 'cutlass',
  'cutting', 'dagger', 'danger', 'dead', 'deadly', 'death', 'deck', 'demon', 'devil', 'die', 'doom',
  'dungeon', 'dynamite', 'execution', 'explosive', 'fetter', 'flail', 'flintlock', 'forged', 'fort',
  'fortress', 'funeral', 'fuse', 'gag', 'gallows', 'gang', 'gangster', 'ghost', 'gore', 'grave', 'grenade',
  'guillotine', 'gun', 'gunshot', 'halberd', 'hammered', 'handcuff', 'hang', 'hanging', 'harass', 'harpoon',
  'hatchet', 'hearse', 'hell', 'hit', 'holster', 'hostage', 'hunt', 'hunter', 'jail', 'kick', 'kidnap',
  'kill', 'killer', 'knife', 'knight', 'lance', 'landmine', 'leash', 'longbow', 'lynch', 'mace', 'machete',
  'mafia', 'marine', 'massacre', 'mine', 'missile', 'mob', 'mortar', 'mourning', 'murder', 'musket', 'navy',
  'noose', 'orphan', 'outlaw', 'paddle', 'paddling', 'pike', 'pillory', 'pirate', 'pistol', 'planting',
  'poison', 'predator', 'prey', 'prison', 'punch', 'quiver', 'raid', 'rampage', 'ransom', 'rapier', 'rifle',
  'riot', 'robber', 'rocket', 'rope', 'ruin', 'rumbling', 'sabre', 'scimitar', 'scythe', 'shackle', 'sheath',
  'shoot', 'shot', 'shrapnel', 'sickle', 'siege', 'skeleton', 'skull', 'slap', 'slaughter', 'slingshot',
  'smash', 'snare', 'snipe', 'sniper', 'soldier', 'spear', 'spike', 'stake', 'stalk', 'stalker', 'strap',
  'strike', 'switch', 'sword', 'tank', 'target', 'thief', 'threat', 'thumbscrew', 'tomb', 'torpedo',
  'torture', 'toxic', 'trap', 'trench', 'trident', 'trigger', 'trooper', 'truncheon', 'urn', 'vampire',
  'venom', 'victim', 'war', 'warrior', 'whip', 'widow', 'wound', 'wreck', 'zombie',
];

/** Illness, injury, disability and drugs. */
const MEDICAL: readonly string[] = [
  'ambulance', 'anxious', 'bandage', 'bile', 'birth', 'blister', 'brace', 'breath', 'bruise', 'bump',
  'cabbage', 'cancer', 'capsule', 'cast', 'clinic', 'coke', 'cough', 'crack', 'cramp', 'crutch', 'cure',
  'cyst', 'depressed', 'disease', 'doctor', 'dose', 'drowsy', 'drug', 'drugs', 'ecstasy', 'fever', 'flea',
  'flu', 'flush', 'fracture', 'germ', 'gloomy', 'graze', 'hash', 'heartbeat', 'hemp', 'heroin', 'hospital',
  'ill', 'illness', 'insulin', 'joint', 'labour', 'lump', 'manic', 'marrow', 'mole', 'moody', 'mosquito',
  'mucus', 'murmuring', 'napkin', 'needle', 'nervous', 'nurse', 'opium', 'pale', 'panic', 'patient', 'pee',
  'period', 'pill', 'plague', 'plaster', 'poo', 'pox', 'pregnant', 'pulse', 'pus', 'rash', 'remedy',
  'rickety', 'roach', 'scab', 'scalpel', 'scar', 'sick', 'sling', 'sneeze', 'snot', 'sore', 'spit', 'splint',
  'sprain', 'stitch', 'stool', 'stretcher', 'surgery', 'suture', 'sweat', 'syringe', 'tablet', 'tears',
  'therapy', 'thrush', 'tick', 'tonic', 'trotting', 'tumor', 'tumour', 'ulcer', 'urine', 'vaccine', 'virus',
  'vitamin', 'vomit', 'ward', 'wart', 'weed', 'wheelchair', 'womb',
];

/** Bodies and their parts, and words that describe them. */
const BODIES: readonly string[] = [
  'ankle', 'arm', 'back', 'bald', 'beard', 'belly', 'body', 'bowel', 'brain', 'brow', 'calf', 'cheek',
  'chest', 'chin', 'chiselled', 'chubby', 'craggy', 'curly', 'dimple', 'ear', 'elbow', 'eye', 'face', 'fat',
  'feet', 'finger', 'flesh', 'foot', 'freckled', 'gut', 'guts', 'hair', 'hairy', 'hand', 'head', 'heart',
  'heel', 'hip', 'hips', 'jaw', 'kidney', 'knee', 'lash', 'leg', 'lip', 'lips', 'liver', 'lung', 'mouth',
  'muscle', 'mussel', 'nail', 'navel', 'neck', 'nerve', 'nose', 'palm', 'plump', 'portly', 'rib', 'sculpted',
  'shin', 'short', 'shoulder', 'skin', 'skinny', 'slender', 'slim', 'sole', 'spine', 'stout', 'tail', 'tall',
  'tan', 'teeth', 'thick', 'thigh', 'thin', 'throat', 'thumb', 'toe', 'tooth', 'trunk', 'tummy', 'vein',
  'waist', 'wattle', 'wavy', 'wrist',
];

/** Gendered words, including the gendered names of animals. */
const GENDER: readonly string[] = [
  'aunt', 'bachelor', 'billy', 'boar', 'boy', 'boyish', 'bride', 'brother', 'buck', 'bull', 'colt', 'dad',
  'daddy', 'dame', 'damsel', 'daughter', 'doe', 'drake', 'drone', 'duchess', 'duke', 'emperor', 'empress',
  'ewe', 'father', 'female', 'feminine', 'filly', 'gal', 'gent', 'gentleman', 'girl', 'girly', 'grandma',
  'grandpa', 'granny', 'groom', 'guy', 'heifer', 'hen', 'hind', 'husband', 'jenny', 'king', 'lad', 'lady',
  'ladybird', 'ladybug', 'lass', 'lioness', 'lord', 'maid', 'maiden', 'male', 'man', 'manly', 'mare',
  'masculine', 'men', 'miss', 'mister', 'mom', 'mother', 'mum', 'mummy', 'nanny', 'nephew', 'niece', 'pink',
  'prince', 'princess', 'queen', 'ram', 'sir', 'sister', 'son', 'spinster', 'stag', 'steer', 'tigress', 'tom',
  'tomboy', 'uncle', 'widower', 'wife', 'woman', 'women',
];

/** Ethnicity, nationality, and words used to describe skin or to other people. */
const ETHNICITY: readonly string[] = [
  'aboriginal', 'african', 'american', 'anglo', 'arab', 'arabic', 'asian', 'aussie', 'black', 'bohemian',
  'british', 'brown', 'cajun', 'canuck', 'caramel', 'celt', 'celtic', 'china', 'chinese', 'chocolate',
  'cinnamon', 'cocoa', 'coffee', 'colonial', 'colony', 'creole', 'curry', 'danish', 'dixie', 'dutch', 'ebony',
  'english', 'eskimo', 'ethnic', 'exotic', 'french', 'gaelic', 'german', 'ghetto', 'goth', 'gothic', 'greek',
  'hebrew', 'hessian', 'hun', 'indian', 'inuit', 'irish', 'italian', 'ivory', 'japan', 'japanese', 'jew',
  'jewish', 'kebab', 'kiwi', 'latin', 'latino', 'mandarin', 'maroon', 'mocha', 'mongol', 'moor', 'moorish',
  'moorland', 'native', 'nordic', 'oriental', 'persian', 'picnic', 'pioneer', 'polish', 'red', 'roma',
  'roman', 'romany', 'russian', 'saxon', 'scotch', 'scottish', 'settler', 'siamese', 'slav', 'slavic',
  'spanish', 'spartan', 'suburban', 'swede', 'swiss', 'tartar', 'token', 'trojan', 'turkey', 'turkish',
  'urban', 'vandal', 'viking', 'welsh', 'white', 'yankee', 'yellow',
];

/** Religion and the supernatural. */
const RELIGION: readonly string[] = [
  'abbey', 'advent', 'altar', 'amulet', 'angel', 'ark', 'bible', 'bishop', 'blessed', 'buddha', 'cardinal',
  'carol', 'cathedral', 'celestial', 'chalice', 'chant', 'chapel', 'choir', 'choral', 'christ', 'christian',
  'christmas', 'church', 'cloister', 'convent', 'covenant', 'crescent', 'cross', 'crucifix', 'crusade',
  'curse', 'deacon', 'dharma', 'divine', 'diwali', 'druid', 'easter', 'eden', 'eid', 'exodus', 'faith',
  'genesis', 'god', 'goddess', 'gods', 'gospel', 'grail', 'guru', 'halo', 'hanukkah', 'heaven', 'hex', 'holy',
  'hymn', 'idol', 'imam', 'incense', 'jesus', 'karma', 'koran', 'lent', 'lotus', 'magic', 'manger', 'mantis',
  'mantra', 'martyr', 'mass', 'merlin', 'minster', 'miracle', 'mission', 'missionary', 'monastery', 'monk',
  'mosque', 'myrrh', 'nativity', 'noel', 'nun', 'oracle', 'pagan', 'pagoda', 'paradise', 'passover', 'pastor',
  'pastoral', 'pew', 'phoenix', 'pilgrim', 'pious', 'pope', 'pray', 'prayer', 'priest', 'priory', 'prophet',
  'psalm', 'pulpit', 'quran', 'rabbi', 'rainbow', 'ramadan', 'rosary', 'sacred', 'saint', 'satan',
  'scripture', 'sermon', 'shrine', 'sin', 'sinner', 'soul', 'spell', 'spire', 'spirit', 'steeple',
  'synagogue', 'talisman', 'temple', 'torah', 'totem', 'trinity', 'vicar', 'wafer', 'warlock', 'witch',
  'wizard', 'worship', 'xmas', 'yoga', 'yule', 'zen',
];

/** Politics, parties, nations and power. */
const POLITICS: readonly string[] = [
  'agenda', 'anthem', 'ballot', 'banner', 'border', 'boss', 'cabinet', 'campaign', 'capital', 'capitalist',
  'chief', 'communist', 'comrade', 'congress', 'conservative', 'crown', 'dictator', 'dove', 'eagle',
  'edelweiss', 'election', 'empire', 'fascist', 'federal', 'flag', 'freedom', 'government', 'hammer', 'hawk',
  'imperial', 'justice', 'kingdom', 'leftist', 'liberal', 'liberty', 'march', 'nation', 'national', 'nazi',
  'parliament', 'party', 'patriot', 'picket', 'protest', 'rebel', 'regime', 'republic', 'revolt',
  'revolution', 'rosette', 'royal', 'senate', 'servant', 'slave', 'socialist', 'state', 'swastika', 'tax',
  'throne', 'tory', 'trump', 'tyrant', 'union', 'vote',
];

/** Words that describe a person: looks, age, character, mood, money. */
const DESCRIBES_A_PERSON: readonly string[] = [
  'aged', 'alone', 'ample', 'angry', 'auburn', 'awkward', 'bad', 'beautiful', 'big', 'bitter', 'blonde',
  'bold', 'bonny', 'brazen', 'brunette', 'cheap', 'chicken', 'clever', 'clumsy', 'crude', 'cruel', 'crusty',
  'cunning', 'cute', 'dainty', 'dazzling', 'divorced', 'dodgy', 'dopey', 'doughy', 'dumpling', 'dusky',
  'easy', 'elder', 'elderly', 'evil', 'faithful', 'fast', 'fertile', 'fishy', 'fit', 'flaky', 'flaxen',
  'fresh', 'frigid', 'fruity', 'gentle', 'giant', 'goat', 'goofy', 'greedy', 'grumpy', 'handsome', 'happy',
  'hardy', 'homely', 'honest', 'huge', 'humble', 'jealous', 'jolly', 'junior', 'kid', 'kind', 'lamb', 'lazy',
  'little', 'lonely', 'loose', 'loyal', 'lucky', 'married', 'mature', 'mean', 'merry', 'modest', 'nasty',
  'noble', 'nutty', 'old', 'plain', 'poor', 'posh', 'pretty', 'prim', 'proud', 'prude', 'prune', 'pudding',
  'radiant', 'rich', 'ripe', 'rosy', 'rough', 'ruddy', 'rude', 'sad', 'salty', 'selfish', 'senior', 'shady',
  'sheep', 'shy', 'silly', 'simple', 'single', 'sleek', 'sleepy', 'sly', 'smart', 'sneaky', 'snob', 'soft',
  'sour', 'strong', 'stupid', 'sturdy', 'tawny', 'tight', 'tiny', 'tough', 'trim', 'turkey', 'ugly', 'vain',
  'vulgar', 'weak', 'wealthy', 'wicked', 'wise', 'young',
];

/** Order and time: a code name must not reveal when a case was logged. */
const ORDER: readonly string[] = [
  'dozen', 'early', 'final', 'first', 'five', 'former', 'four', 'hundred', 'initial', 'last', 'late',
  'latest', 'new', 'next', 'one', 'prior', 'recent', 'second', 'ten', 'third', 'three', 'two',
];

/** Words that would read badly on a harassment case: secrecy, surveillance, alcohol, the case itself. */
const HARASSMENT_CONTEXT: readonly string[] = [
  'ale', 'bag', 'bait', 'beer', 'booze', 'brandy', 'broken', 'camera', 'case', 'catch', 'champagne', 'chase',
  'cider', 'closed', 'cocktail', 'complaint', 'dark', 'darkness', 'dish', 'drunk', 'follow', 'gin', 'grab',
  'grabby', 'hidden', 'hush', 'hushed', 'keyhole', 'looped', 'lost', 'missing', 'party', 'peep', 'picking',
  'private', 'quiet', 'report', 'roll', 'roofie', 'rum', 'secret', 'shadow', 'sherry', 'silent', 'spy',
  'stand', 'stolen', 'tipsy', 'vodka', 'watch', 'whisky', 'wine', 'witness',
];

/** Common first names that are also ordinary words, in English and other languages. */
const FIRST_NAMES: readonly string[] = [
  'ace', 'amber', 'angel', 'april', 'archer', 'aria', 'art', 'ash', 'aspen', 'atlas', 'august', 'aurora',
  'autumn', 'axel', 'baker', 'basil', 'bent', 'beryl', 'bill', 'bing', 'blaze', 'bliss', 'blossom', 'bob',
  'brandy', 'brook', 'bryony', 'buddy', 'cadence', 'camellia', 'candace', 'carter', 'chance', 'charity',
  'chase', 'clay', 'clementine', 'cliff', 'cole', 'cooper', 'coral', 'crystal', 'dahlia', 'daisy', 'dale',
  'dash', 'dawn', 'dean', 'dell', 'destiny', 'dev', 'diamond', 'dolores', 'don', 'dot', 'drew', 'dusty',
  'earl', 'earnest', 'echo', 'eddy', 'ember', 'ernest', 'eve', 'fang', 'fawn', 'felicity', 'fern', 'fletcher',
  'flint', 'flora', 'forest', 'frank', 'gail', 'gale', 'gene', 'ginger', 'glen', 'grace', 'grant', 'hans',
  'harmony', 'haven', 'hazel', 'heath', 'heather', 'holly', 'honor', 'honour', 'hope', 'indigo', 'iris',
  'ivy', 'jack', 'jade', 'jasmine', 'jasper', 'jay', 'jewel', 'joy', 'june', 'juniper', 'ken', 'kit', 'kitty',
  'kurt', 'laurel', 'lee', 'liberty', 'lily', 'ling', 'long', 'luna', 'lyric', 'magnolia', 'marina', 'mark',
  'martin', 'mason', 'max', 'may', 'meadow', 'melody', 'mercy', 'miles', 'miller', 'misty', 'myrtle', 'nick',
  'nova', 'ocean', 'olive', 'onyx', 'opal', 'orion', 'otto', 'parker', 'pat', 'patience', 'pearl', 'peg',
  'penny', 'pepper', 'per', 'pierce', 'ping', 'pip', 'poppy', 'porter', 'prudence', 'raj', 'ranger', 'raven',
  'ray', 'reed', 'rex', 'river', 'rob', 'robin', 'rocky', 'roe', 'rosa', 'rose', 'rosemary', 'rowan', 'ruby',
  'rusty', 'saffron', 'sage', 'sandy', 'sapphire', 'sawyer', 'scarlet', 'serenity', 'sienna', 'sky', 'skye',
  'sonny', 'sorrel', 'spencer', 'star', 'stella', 'sterling', 'storm', 'stormy', 'sue', 'summer', 'sunny',
  'tanner', 'tiffany', 'verity', 'victor', 'viola', 'violet', 'wade', 'walker', 'will', 'willow', 'winter',
  'woody', 'wren',
];

/** Words that would suggest a report is made up, trivial or manipulated. */
const DISMISSIVE: readonly string[] = [
  'charade', 'dreaming', 'fable', 'fanciful', 'fantasy', 'fiction', 'folly', 'footnote', 'gambit', 'hoax',
  'legend', 'limerick', 'mirage', 'novel', 'puppet', 'saga', 'story', 'trifle',
];

/** Babies and children: nothing in a harassment case should hint at minors. */
const CHILDREN: readonly string[] = [
  'buggy', 'cot', 'cradle', 'crib', 'infant', 'lullaby', 'nursery', 'playroom', 'pram', 'sandpit', 'teddy',
  'toddler',
];

export const BLOCKED_WORDS: ReadonlySet<string> = new Set([
  ...OFFENSIVE,
  ...SEXUAL,
  ...VIOLENT,
  ...MEDICAL,
  ...BODIES,
  ...GENDER,
  ...ETHNICITY,
  ...RELIGION,
  ...POLITICS,
  ...DESCRIBES_A_PERSON,
  ...ORDER,
  ...HARASSMENT_CONTEXT,
  ...FIRST_NAMES,
  ...DISMISSIVE,
  ...CHILDREN,
]);

/** Adjective-noun pairs, each `adjective noun` from the lists, that must never be generated. */
export const BLOCKED_PAIRS: readonly string[] = [
  'morning wood', // sexual slang
  'glazed doughnut', // sexual slang
  'seaside postcard', // bawdy innuendo
  'golden fountain', // urine innuendo
  'golden stream', // urine innuendo
  'golden puddle', // urine innuendo
  'golden spray', // urine innuendo
  'golden rainfall', // urine innuendo
  'golden downpour', // urine innuendo
  'floating log', // toilet humour
  'crimson tide', // menstruation slang
  'crimson wave', // menstruation slang
  'fig leaf', // nudity; a cover-up
  'blue badge', // disability permit
  'cotton field', // slavery
  'rice hat', // ethnic stereotype
  'bamboo hat', // ethnic stereotype
  'green card', // immigration status
  'blue card', // immigration status
  'blue passport', // party politics
  'blue wave', // party politics
  'iron curtain', // cold-war politics
  'bamboo curtain', // cold-war politics
  'maple leaf', // national emblem
  'orange lodge', // sectarian order
  'grand lodge', // freemasonry and sectarian orders
  'blue lodge', // freemasonry
  'green beret', // military
  'blue beret', // military
  'brass hat', // military
  'tin hat', // military
  'iron boot', // torture device
  'concrete boot', // murder
  'tidal wave', // disaster
  'tea leaf', // rhyming slang for thief
  'garden path', // deceit: "led up the garden path"
  'silver spoon', // class: born with a silver spoon
  'wooden spoon', // mocking: the prize for coming last
];
