import selfie

print(selfie.X)
