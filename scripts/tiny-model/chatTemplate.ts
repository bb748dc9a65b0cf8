/**
 * The canonical ChatML Jinja template (as shipped by many Hugging Face models). node-llama-cpp
 * recognises it and picks its built-in ChatML wrapper, so chat sessions work without any
 * model-specific configuration; `<|im_end|>` is also one of llama.cpp's known end-of-generation texts.
 */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
