/**
 * Animals for `animal`-style person code names (`Teal Heron`), stored lower case and rendered in
 * title case. Curated to leave out animals used as insults or slurs, for gender or sex, or that
 * are first names (robin, jay, wren, martin, ...).
 */
export const ANIMALS: readonly string[] = [
  // birds
  'albatross', 'auk', 'avocet', 'bittern', 'bluebird', 'bowerbird', 'budgerigar', 'bullfinch', 'cassowary',
  'chaffinch', 'condor', 'cormorant', 'crane', 'crossbill', 'curlew', 'dipper', 'dunlin', 'egret', 'eider',
  'emu', 'falcon', 'finch', 'firecrest', 'flamingo', 'flycatcher', 'fulmar', 'goldcrest', 'goldfinch',
  'goshawk', 'grebe', 'grouse', 'guillemot', 'gull', 'heron', 'honeyeater', 'hoopoe', 'hummingbird', 'ibis',
  'jackdaw', 'kea', 'kestrel', 'kingfisher', 'kittiwake', 'kookaburra', 'lapwing', 'lark', 'linnet',
  'lorikeet', 'lyrebird', 'macaw', 'magpie', 'mallard', 'merganser', 'mynah', 'nightjar', 'oriole', 'osprey',
  'owl', 'oystercatcher', 'parakeet', 'partridge', 'pelican', 'penguin', 'petrel', 'pheasant', 'pintail',
  'pipit', 'plover', 'ptarmigan', 'puffin', 'quail', 'redstart', 'roadrunner', 'sanderling', 'sandpiper',
  'shearwater', 'shelduck', 'shoveler', 'siskin', 'skua', 'skylark', 'sparrow', 'spoonbill', 'starling',
  'swan', 'swift', 'takahe', 'tern', 'toucan', 'treecreeper', 'tui', 'turnstone', 'warbler', 'waxwing',
  'whimbrel', 'wigeon',
  // mammals
  'aardvark', 'addax', 'agouti', 'alpaca', 'anteater', 'antelope', 'armadillo', 'beluga', 'bilby', 'bison',
  'bobcat', 'capybara', 'caracal', 'caribou', 'chamois', 'chinchilla', 'chipmunk', 'civet', 'coati', 'deer',
  'dingo', 'dolphin', 'dormouse', 'dromedary', 'dugong', 'duiker', 'echidna', 'eland', 'elephant', 'elk',
  'ermine', 'fennec', 'gazelle', 'gemsbok', 'genet', 'giraffe', 'gnu', 'gopher', 'guanaco', 'hamster', 'hare',
  'hedgehog', 'hippo', 'horse', 'hyrax', 'ibex', 'impala', 'jerboa', 'kangaroo', 'kinkajou', 'koala', 'kudu',
  'llama', 'lynx', 'manatee', 'margay', 'marmot', 'meerkat', 'mink', 'mongoose', 'moose', 'mouflon', 'mouse',
  'muntjac', 'muskox', 'narwhal', 'numbat', 'nyala', 'ocelot', 'okapi', 'opossum', 'oryx', 'otter', 'panda',
  'pangolin', 'peccary', 'pika', 'platypus', 'pony', 'porcupine', 'porpoise', 'possum', 'pudu', 'quokka',
  'rabbit', 'reindeer', 'rhino', 'sable', 'saiga', 'seal', 'serval', 'squirrel', 'stoat', 'takin', 'tapir',
  'vicuna', 'vole', 'wallaby', 'walrus', 'wapiti', 'wolverine', 'wombat', 'yak', 'zebra', 'zebu',
  // reptiles and amphibians
  'axolotl', 'gecko', 'iguana', 'newt', 'salamander', 'skink', 'terrapin', 'tortoise', 'tuatara', 'turtle',
  // fish
  'anchovy', 'barbel', 'bass', 'betta', 'blenny', 'bluegill', 'bream', 'carp', 'char', 'cichlid', 'cod',
  'coley', 'dab', 'dace', 'eel', 'flounder', 'goby', 'goldfish', 'grayling', 'guppy', 'haddock', 'hake',
  'halibut', 'herring', 'ide', 'koi', 'loach', 'mackerel', 'manta', 'marlin', 'minnow', 'orfe', 'parrotfish',
  'perch', 'pickerel', 'pilchard', 'plaice', 'platy', 'pollock', 'pufferfish', 'rudd', 'sardine', 'seahorse',
  'shad', 'skate', 'smelt', 'snapper', 'sprat', 'sturgeon', 'sunfish', 'tang', 'tarpon', 'tench', 'tetra',
  'trout', 'tuna', 'turbot', 'whiting', 'wrasse', 'zander',
  // shellfish and insects
  'ant', 'bee', 'beetle', 'bumblebee', 'butterfly', 'caterpillar', 'cicada', 'cuttlefish', 'dragonfly',
  'firefly', 'grasshopper', 'honeybee', 'hoverfly', 'krill', 'lacewing', 'limpet', 'lobster', 'mayfly',
  'moth', 'nautilus', 'octopus', 'scallop', 'scarab', 'snail', 'squid', 'starfish', 'whelk',
];
