import type { Intent } from './intents.ts'

/** The elements MAIA speaks in. */
export const ELEMENTS = ['fire', 'water', 'earth', 'air', 'aether'] as const
export type Element = (typeof ELEMENTS)[number]

/**
 * The pieces template replies are assembled from. `{name}`, `{mood}`, `{topic}`, `{quote}`,
 * `{title}` and `{author}` are filled in; a piece whose slot has no value is never chosen.
 * The tone is a friend's, not a clinician's: no diagnoses, no instructions, an open door.
 */
export interface ReplyTemplates {
  readonly openings: readonly string[]
  readonly closings: readonly string[]
  /** Said in place of a quote when retrieval found none, where the opening promises something. */
  readonly withoutQuote?: readonly string[]
}

export const TEMPLATES_BY_INTENT: Readonly<Record<Exclude<Intent, 'safety_escalation'>, ReplyTemplates>> = {
  elemental_check_in: {
    openings: [
      'Thank you for checking in, {name}.',
      'It’s good to hear from you, {name}.',
      'Hello {name}, I’m glad you stopped by to share where you are.',
      'Thank you for pausing to notice yourself today, {name}.'
    ],
    closings: [
      'Whatever today holds, you don’t have to carry it perfectly. I’m here whenever you want to say more.',
      'Maybe take one slow breath before you go on with your day. I’ll be here.',
      'If you’d like, tell me one small thing that would feel kind to yourself today.',
      'Simply noticing is already a practice. Come back anytime.'
    ]
  },
  simple_reflection: {
    openings: [
      'Here is something to sit with, {name}.',
      'A small reflection for you, {name}.',
      'Let’s pause together for a moment, {name}.',
      'Something to carry with you today, {name}.'
    ],
    closings: [
      'You might let this rest in you for a breath or two, without needing to do anything with it.',
      'If it stirs something, I’d love to hear what comes up.',
      'Take what resonates and leave the rest.',
      'Perhaps return to it tonight, and notice if it reads differently then.'
    ],
    withoutQuote: [
      'Nothing in nature blooms all year; resting is part of growing.',
      'The breath you are taking right now is enough to begin again.',
      'What you give your attention to grows. Notice where yours goes today.',
      'Letting go is not losing; it is making room.',
      'Small steps, taken kindly, still cross mountains.',
      'You can hold what is hard and what is good in the same open hand.'
    ]
  },
  shadow_work: {
    openings: [
      'What you’re looking at takes courage to name, {name}.',
      'Thank you for trusting me with this, {name}.'
    ],
    closings: [
      'There’s no rush here. When you’re ready, tell me a little more about when this feeling shows up.',
      'Could you share one recent moment when this part of you came forward? We can look at it gently together.'
    ]
  },
  complex_synthesis: {
    openings: [
      'There are many threads in what you’ve shared, {name}.',
      'This is a rich question, {name}, and it deserves a careful answer.'
    ],
    closings: [
      'Which thread feels most alive for you right now? We can start there and weave the rest in.',
      'Let’s take it one layer at a time: tell me which part matters most to you today.'
    ]
  },
  oracle_reading: {
    openings: [
      'Let’s turn toward the question you’re holding, {name}.',
      'Before any card or sign, there is your question, {name}.'
    ],
    closings: [
      'Take a breath and say your question once more, as simply as you can. Then we’ll listen together.',
      'Hold your question lightly for a moment; what answer are you hoping for, and what answer are you afraid of?'
    ]
  }
}

/** A line per element, in MAIA's language of the elements. */
export const ELEMENT_LINES: Readonly<Record<Element, readonly string[]>> = {
  fire: [
    'Your fire is present today: warmth, drive, a spark that wants to move.',
    'I sense fire in you right now, bright and eager; let it warm rather than burn.'
  ],
  water: [
    'Water is moving through you: feeling, softness, the pull of the tides.',
    'There’s a lot of water in you today; feelings that flow are feelings that heal.'
  ],
  earth: [
    'Earth is holding you today: steadiness, your body, the ground beneath your feet.',
    'You sound close to the earth right now; slow and rooted is a good way to be.'
  ],
  air: [
    'Air is strong in you: ideas, movement, a mind that wants to fly.',
    'Your air is stirring today; a few slow breaths can give those thoughts somewhere to land.'
  ],
  aether: [
    'Aether is near: the quiet space that holds all the other elements.',
    'You sound connected to something wider today, the aether that holds everything.'
  ]
}

export const MOOD_LINES: readonly string[] = [
  'You said you’re feeling {mood}; that is welcome here, just as it is.',
  'Feeling {mood} is worth honouring. Nothing about it needs fixing right now.',
  'I hear that you’re {mood} today.'
]

export const TOPIC_LINES: readonly string[] = [
  'Last time we spoke about {topic}; I’ve been holding that with you.',
  'I remember {topic} was on your mind. Is it still with you?',
  'You might notice how today sits alongside what you shared about {topic}.'
]

export const QUOTE_LINES: readonly string[] = [
  'From {title} by {author}: “{quote}”',
  '{author} wrote, in {title}: “{quote}”',
  'Here are words from {author} ({title}): “{quote}”'
]

/** Used in place of a name when none is known, so openings still read naturally. */
export const DEFAULT_NAME = 'friend'
