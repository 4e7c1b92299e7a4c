import sys

from dotenv import load_dotenv
from openai import OpenAI

load_dotenv()
client = OpenAI()

facts = " ".join(sys.argv[1:]) or "Stainless steel water bottle, 750 ml"
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[
        {"role": "system", "content": "Write a two-sentence product description for a web shop."},
        {"role": "user", "content": facts},
    ],
)
print(completion.choices[0].message.content)
